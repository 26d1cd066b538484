package io.windowpane.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonical form of an e-mail address, used to store, look up and throttle sign-ins alike: Unicode
 * NFKC, trimmed, lower-cased with {@link Locale#ROOT}. Because every path uses this form (and the database is
 * queried for the exact string, never with SQL {@code lower()}), a look-alike such as {@code admİn@…} can
 * neither match another account nor escape that account's sign-in throttle.
 */
public final class EmailAddress {

    private EmailAddress() {
    }

    public static String canonical(String email) {
        return email == null ? "" : Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
