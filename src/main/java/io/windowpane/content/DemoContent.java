package io.windowpane.content;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Marketing content for a few products of the simulator's dataset, in the default (demo) run only. */
@Component
@ConditionalOnBooleanProperty("windowpane.demo-content.enabled")
class DemoContent implements ApplicationRunner {

    private final ProductContents contents;

    DemoContent(ProductContents contents) {
        this.contents = contents;
    }

    @Override
    public void run(ApplicationArguments args) {
        save("FAS-10004", "Galvanized carriage bolts for outdoor framing",
                "Hot-dip galvanized for decks, fences and timber framing that stays outside.",
                "<p>A round head and square neck keep the bolt from turning while you tighten the nut, so one person "
                        + "can fix it from one side.</p><ul><li>Hot-dip galvanized to ASTM A153</li>"
                        + "<li>Use with galvanized nuts and washers</li><li>Packed loose, counted per piece</li></ul>");
        save("TLS-10000", "Cordless drill for the shop floor",
                "Brushless motor, two-speed gearbox and a metal chuck that holds.",
                "<p>Built for all-day use on maintenance rounds.</p><ul><li>Two batteries and a fast charger</li>"
                        + "<li>LED work light</li><li>Belt clip</li></ul>");
        save("SAF-10000", "Nitrile gloves that last the shift", "Textured fingertips for a sure grip on oily parts.",
                "<p>Powder-free and latex-free. <strong>Not for use with strong solvents.</strong></p>");
    }

    private void save(String sku, String headline, String shortText, String description) {
        if (contents.detail(sku).isEmpty()) {
            contents.save(sku, new ProductContents.Edit(headline, shortText, description, List.of()), "demo");
        }
    }
}
