package io.windowpane.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters, at most 72 bytes (what BCrypt reads), not one of the
 * 10,000 most common long passwords ({@code account/common-passwords.txt}), not built on the user's e-mail
 * address, and typed the same twice.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** Why a password is refused; each has a message {@code password.problem.NAME}. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON, CONTAINS_EMAIL, MISMATCH
    }

    private final Set<String> common;

    PasswordPolicy() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            this.common = lines.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list ships with the portal", e);
        }
    }

    /** The first problem with the password, if any. */
    public Optional<Problem> check(String password, String confirmation, String email) {
        String typed = password == null ? "" : password;
        if (typed.codePointCount(0, typed.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (typed.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(Problem.COMMON);
        }
        String mailbox = EmailAddress.canonical(email).split("@", 2)[0];
        if (mailbox.length() >= 4 && lower.contains(mailbox)) {
            return Optional.of(Problem.CONTAINS_EMAIL);
        }
        if (!typed.equals(confirmation)) {
            return Optional.of(Problem.MISMATCH);
        }
        return Optional.empty();
    }
}
