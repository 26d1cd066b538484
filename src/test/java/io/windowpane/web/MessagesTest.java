package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.windowpane.account.ActingContext;
import io.windowpane.account.Role;
import io.windowpane.acting.Acting;
import io.windowpane.audit.AuditLog;
import io.windowpane.cart.CartView;
import io.windowpane.cart.Carts;
import io.windowpane.catalog.Availability;
import io.windowpane.checkout.Submission;
import io.windowpane.content.Banners;
import io.windowpane.content.Placement;
import io.windowpane.credit.CreditSummary;
import io.windowpane.erp.ContractPrice;
import io.windowpane.integration.ErpData;
import io.windowpane.lists.ListView;
import io.windowpane.lists.ShoppingLists;

/** All user-facing text comes from the message bundle: every key a template uses must exist there. */
class MessagesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void everyMessageKeyInTheTemplatesExists() throws IOException {
        Properties messages = messages();
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() throws IOException {
        Properties messages = messages();

        for (Role role : Role.values()) {
            assertThat(messages).containsKey("role." + role.name());
        }
        for (CreditSummary.Standing standing : CreditSummary.Standing.values()) {
            assertThat(messages).containsKey("rep.customers.standing." + standing.name());
        }
        assertThat(messages).containsKeys("credit.standing.LOW", "credit.standing.EXHAUSTED");
        for (Availability availability : Availability.values()) {
            assertThat(messages).containsKey("catalog.availability." + availability.name());
        }
        for (Carts.Problem problem : Carts.Problem.values()) {
            assertThat(messages).containsKey("cart.problem." + problem.name());
        }
        for (CartView.StockWarning warning : CartView.StockWarning.values()) {
            assertThat(messages).containsKey(warning == CartView.StockWarning.NONE ? "cart.warning.SHORT" : "cart.warning." + warning.name());
        }
        for (ContractPrice.PriceSource source : ContractPrice.PriceSource.values()) {
            assertThat(messages).containsKey("catalog.source." + source.name());
        }
        for (ErpData data : ErpData.values()) {
            assertThat(messages).containsKey("erpData." + data.name());
        }
        for (Submission.Status status : Submission.Status.values()) {
            assertThat(messages).containsKey("integration.status." + status.name());
        }
        for (AuditLog.Action action : AuditLog.Action.values()) {
            assertThat(messages).containsKey("audit.action." + action.name());
            if (action.acting()) {
                assertThat(messages).containsKey("activity.action." + action.name());
            }
        }
        for (Acting.Ending ending : Acting.Ending.values()) {
            assertThat(messages).containsKeys("acting.ended." + ending.name(), "acting.ended.short." + ending.name());
        }
        for (ActingContext.Reason reason : ActingContext.Reason.values()) {
            assertThat(messages).containsKey("acting.reason." + reason.name());
        }
        for (Banners.Status status : Banners.Status.values()) {
            assertThat(messages).containsKey("banners.status." + status.name());
        }
        for (Placement placement : Placement.values()) {
            assertThat(messages).containsKey("banners.placement." + placement.name());
        }
        for (ListView.Status status : ListView.Status.values()) {
            assertThat(messages).containsKey("lists.status." + status.name());
        }
        for (ShoppingLists.Problem problem : ShoppingLists.Problem.values()) {
            assertThat(messages).containsKey("lists.problem." + problem.name());
        }
    }

    @Test
    void anApostropheInAMessageWithArgumentsIsDoubledSoItShows() throws IOException {
        Properties messages = messages();

        // MessageFormat reads a single ' as the start of quoted text: "portal's {0}" would print "portals {0}"
        assertThat(messages.stringPropertyNames()).filteredOn(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                .allSatisfy(key -> assertThat(messages.getProperty(key).replace("''", "")).as(key).doesNotContain("'"));
    }

    /**
     * Every message with arguments, formatted as the portal formats it for counts of 0, 1 and 2: no "1 products" or
     * "Only 0 in stock", and no apostrophe lost to MessageFormat ("todays").
     */
    @Test
    void countsReadAsEnglishAndApostrophesSurvive() throws IOException {
        Pattern pluralAfterOne = Pattern.compile("(?<![\\d.,])1 (products|orders|lines|attempts|entries|items|customers|users|"
                + "results|images|documents|units|days|minutes|seconds)\\b");
        Pattern onlyZero = Pattern.compile("\\b[Oo]nly 0\\b");
        Properties messages = messages();
        List<String> wrong = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            for (long count : new long[] {0, 1, 2}) {
                String text;
                try {
                    text = new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {count, count, count, count, count});
                } catch (IllegalArgumentException notNumbers) {
                    continue;
                }
                if (pluralAfterOne.matcher(text).find() || onlyZero.matcher(text).find()) {
                    wrong.add(key + " with " + count + ": " + text);
                }
            }
            String quoted = pattern.replace("''", "");
            if (quoted.contains("'") && !quoted.matches("(?s).*'\\{.*")) {
                wrong.add(key + ": a single apostrophe, which MessageFormat drops (write '')");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(in);
        }
        return messages;
    }
}
