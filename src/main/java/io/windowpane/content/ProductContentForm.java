package io.windowpane.content;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** The product content form: marketing text for one ERP item. */
public class ProductContentForm {

    static final int MAX_BULLETS = 12;
    static final int MAX_BULLET_LENGTH = 200;

    @Size(max = 200, message = "{product.content.headline.size}")
    private String headline;

    @Size(max = 500, message = "{product.content.shortText.size}")
    private String shortText;

    @Size(max = 50000, message = "{banner.body.size}")
    private String bodyHtml;

    /** One feature per line. */
    @Size(max = 5000, message = "{product.content.bullets.size}")
    private String bullets;

    @AssertTrue(message = "{product.content.bullets.size}")
    public boolean isBulletsShort() {
        List<String> lines = bulletList();
        return lines.size() <= MAX_BULLETS && lines.stream().allMatch(line -> line.length() <= MAX_BULLET_LENGTH);
    }

    List<String> bulletList() {
        return bullets == null ? List.of() : bullets.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    ProductContents.Edit toEdit() {
        return new ProductContents.Edit(headline, shortText, bodyHtml, bulletList());
    }

    static ProductContentForm of(ProductContents.Detail detail) {
        ProductContentForm form = new ProductContentForm();
        form.setHeadline(detail.headline());
        form.setShortText(detail.shortText());
        form.setBodyHtml(detail.descriptionHtml());
        form.setBullets(String.join("\n", detail.bullets()));
        return form;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getShortText() {
        return shortText;
    }

    public void setShortText(String shortText) {
        this.shortText = shortText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getBullets() {
        return bullets;
    }

    public void setBullets(String bullets) {
        this.bullets = bullets;
    }
}
