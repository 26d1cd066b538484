package io.windowpane.erpsim.dataset;

import java.util.List;
import java.util.Optional;

/** A sales rep of the simulated ERP, in the shape of {@code GET /v1/sales-reps/{code}}. */
public record SimSalesRep(String code, String name, String email, String phone) {

    /** The simulated sales force: R01 is the demo rep of ARCHITECTURE.md §7; customers are spread over R01–R08. */
    static final List<SimSalesRep> ALL = List.of(
            new SimSalesRep("R01", "Rita Reyes", "rep@windowpane.test", "+1 312 555 0101"),
            new SimSalesRep("R02", "Raj Patel", "raj.patel@windowpane.test", "+1 312 555 0102"),
            new SimSalesRep("R03", "Maria Santos", "maria.santos@windowpane.test", "+1 312 555 0103"),
            new SimSalesRep("R04", "Tom Becker", "tom.becker@windowpane.test", "+1 312 555 0104"),
            new SimSalesRep("R05", "Grace Kim", "grace.kim@windowpane.test", "+1 312 555 0105"),
            new SimSalesRep("R06", "Luis Ortega", "luis.ortega@windowpane.test", "+1 312 555 0106"),
            new SimSalesRep("R07", "Hannah Wright", "hannah.wright@windowpane.test", "+1 312 555 0107"),
            new SimSalesRep("R08", "Omar Haddad", "omar.haddad@windowpane.test", "+1 312 555 0108"));

    static Optional<SimSalesRep> find(String code) {
        return ALL.stream().filter(rep -> rep.code().equalsIgnoreCase(code)).findFirst();
    }
}
