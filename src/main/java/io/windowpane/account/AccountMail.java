package io.windowpane.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitation and password-reset links by e-mail through Spring Boot's mail starter, which is configured when
 * {@code spring.mail.host} is set. The texts come from the message bundle.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final ZoneId zone;

    AccountMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, AccountProperties properties, Clock clock) {
        this.sender = sender;
        this.messages = messages;
        this.properties = properties;
        this.zone = clock.getZone();
    }

    MailOutcome send(String to, String name, PasswordLinks.Purpose purpose, String link, Instant expiresAt) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return MailOutcome.NOT_CONFIGURED;
        }
        String key = "mail." + purpose.name().toLowerCase(Locale.ROOT);
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .format(expiresAt.atZone(zone));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage(key + ".subject", null, Locale.ENGLISH));
        message.setText(messages.getMessage(key + ".body", new Object[] {name, link, expires, zone.getId()}, Locale.ENGLISH));
        try {
            mail.send(message);
            return MailOutcome.SENT;
        } catch (MailException e) {
            log.warn("The {} e-mail to {} could not be sent: {}", purpose, to, e.getMessage());
            return MailOutcome.FAILED;
        }
    }
}
