package io.windowpane.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) shared by every portal test context, started once on a free port; the portal
 * sends its invitation and reset e-mails to it. Tests find their messages by recipient, so they stay independent.
 */
public final class TestMail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/set-password\\?token=[A-Za-z0-9_-]+");
    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server.getSmtp().getPort();
    }

    /** The messages sent to an address so far. */
    public static List<MimeMessage> to(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    /** Waits for the n-th message to the address and answers it. */
    public static MimeMessage await(String address, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> to(address), messages -> messages.size() >= count)
                .get(count - 1);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The password link in a message's body. */
    public static String link(MimeMessage message) {
        Matcher found = LINK.matcher(body(message));
        if (!found.find()) {
            throw new AssertionError("no password link in: " + body(message));
        }
        return found.group();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
