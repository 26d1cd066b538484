package io.windowpane.rep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;
import io.windowpane.support.TestErpSimulator;

/** A rep's customer list is read through the cache: a second view asks the ERP nothing. */
@PortalTest
@AutoConfigureMockMvc
class RepCustomersIntegrationTest {

    private final TestErpSimulator simulator = TestErpSimulator.shared();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Test
    void aWarmViewOfTheRepsCustomersCostsNoErpRequest() throws Exception {
        String cold = "rep-cold-" + UUID.randomUUID();
        String warm = "rep-warm-" + UUID.randomUUID();

        String first = view(cold);
        view(warm);

        assertThat(first).contains("Acme Industrial Supply").contains("Bolt &amp; Beam Fabrication").doesNotContain("C1002");
        assertThat(simulator.requestsTo("GET /v1/customers", cold) + simulator.requestsTo("GET /v1/customers/{id}/credit", cold))
                .as("the cold view reads the assignment and each credit once").isPositive();
        assertThat(simulator.requestsTo("GET /v1/customers", warm)).isZero();
        assertThat(simulator.requestsTo("GET /v1/customers/{id}/credit", warm)).isZero();
    }

    private String view(String requestId) throws Exception {
        return mvc.perform(get("/rep/customers").header("X-Request-Id", requestId)
                .with(SignedInAs.user(users, "rep@windowpane.test"))).andReturn().getResponse().getContentAsString();
    }
}
