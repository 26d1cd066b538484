package io.windowpane.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;


/**
 * One-time links to set a password: a random 256-bit token goes to the person, only its SHA-256 is stored. A link
 * works once, until it expires, and only while it is the user's newest (issuing one deletes the older ones).
 */
@Component
class PasswordLinks {

    enum Purpose {
        INVITATION, RESET
    }

    /** A link just issued; {@code token} is shown or sent once and never stored. */
    record Issued(String token, Instant expiresAt) {
    }

    /** A link that may still be used, and whom it is for. */
    record Valid(long userId, Purpose purpose, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountProperties properties;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, AccountProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Issued issue(long userId, Purpose purpose, String by) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(properties.linkValidity());
        jdbc.sql("delete from password_link where user_id = ? and used_at is null").param(userId).update();
        jdbc.sql("insert into password_link (user_id, token_sha256, purpose, expires_at, created_by) values (?, ?, ?, ?, ?)")
                .params(userId, DigestUtils.sha256Hex(token), purpose.name(), Timestamp.from(expiresAt), by).update();
        return new Issued(token, expiresAt);
    }

    @Transactional(readOnly = true)
    Optional<Valid> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select user_id, purpose, expires_at from password_link
                where token_sha256 = ? and used_at is null and expires_at > ?""")
                .params(DigestUtils.sha256Hex(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Valid(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Uses the link up (atomically: of two requests with one link, one wins); empty when it was not valid. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Valid> use(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                update password_link set used_at = ? where token_sha256 = ? and used_at is null and expires_at > ?
                returning user_id, purpose, expires_at""").params(now, DigestUtils.sha256Hex(token), now)
                .query((rs, n) -> new Valid(rs.getLong(1), Purpose.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant()))
                .optional();
    }
}
