package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/** Bulk product content: every line saved or reported with its number and reason; a broken file saves nothing. */
@PortalTest
@AutoConfigureMockMvc
class ProductContentImportIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ProductContents contents;

    @AfterEach
    void removeImported() {
        // through the service, so that what catalog pages keep of the products is forgotten too
        List.of("ELE-10005", "ELE-10006", "ELE-10007").forEach(contents::delete);
    }

    @Test
    void aFileWithBadLinesSavesTheGoodOnesAndReportsEveryOtherLine() throws Exception {
        String csv = """
                sku,headline,description,bullets
                ele-10005,Cable ties,"<p>UV-stable, for outdoor runs</p>",Black|UV-stable
                ZZZ-99999,Nothing,No such item,
                ELE-10006,"A headline that is far too long %s",x,
                ,No SKU here,x,
                ELE-10005,Again,x,
                ELE-10007,"Wire nuts","<p>Twist-on,
                two lines</p>",Orange|Yellow
                """.formatted("x".repeat(200));

        MvcResult result = upload(csv);
        String report = result.getResponse().getContentAsString();

        assertThat(report).contains("2 saved, 4 refused");
        assertThat(report).contains("data-line=\"2\" data-outcome=\"SAVED\"")
                .contains("data-line=\"3\" data-outcome=\"UNKNOWN_SKU\"")
                .contains("data-line=\"4\" data-outcome=\"INVALID\"").contains("Keep the headline under 200 characters.")
                .contains("data-line=\"5\" data-outcome=\"MISSING_SKU\"")
                .contains("data-line=\"6\" data-outcome=\"REPEATED_SKU\"").contains("already on line 2")
                .contains("data-line=\"7\" data-outcome=\"SAVED\"");
        assertThat(jdbc.sql("select bullets from product_content where sku = 'ELE-10005'").query(String.class).single())
                .isEqualTo("Black\nUV-stable");
        assertThat(jdbc.sql("select description_html from product_content where sku = 'ELE-10007'").query(String.class).single())
                .contains("two lines");
        assertThat(jdbc.sql("select count(*) from product_content where sku = 'ELE-10006'").query(Long.class).single()).isZero();
    }

    @Test
    void aFileThatIsNotValidCsvSavesNothingAndSaysSo() throws Exception {
        String csv = "sku,headline,description,bullets\nELE-10005,\"unclosed quote,x,y\n";

        String report = upload(csv).getResponse().getContentAsString();

        assertThat(report).contains("data-testid=\"import-problem\"").contains("Nothing was saved");
        assertThat(jdbc.sql("select count(*) from product_content where sku = 'ELE-10005'").query(Long.class).single()).isZero();
    }

    @Test
    void aFileWithoutTheHeaderLineSavesNothingAndNamesTheColumns() throws Exception {
        String report = upload("ELE-10005,Cable ties,x,y\n").getResponse().getContentAsString();

        assertThat(report).contains("The first line must name the columns: sku, headline, description, bullets");
    }

    private MvcResult upload(String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "content.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/admin/content/products/import").file(file)
                .with(SignedInAs.user(users, "admin@windowpane.test")).with(csrf())).andReturn();
    }
}
