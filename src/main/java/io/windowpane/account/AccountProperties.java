package io.windowpane.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Invitations and password links ({@code windowpane.accounts.*}): how long a link is valid, who the e-mails come
 * from, the address links point to ({@code public-url}; taken from the admin's own request when unset, which only
 * the default run should rely on), and whether the admin is also shown the link (the default run, which has no
 * mail server; mail that cannot be sent always shows it).
 */
@ConfigurationProperties("windowpane.accounts")
record AccountProperties(@DefaultValue("72h") Duration linkValidity,
        @DefaultValue("Windowpane <no-reply@windowpane.test>") String mailFrom, String publicUrl,
        @DefaultValue("false") boolean showLinks) {
}
