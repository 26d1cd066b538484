package io.windowpane.account;

/** What became of an e-mail with a password link. */
public enum MailOutcome {
    SENT, NOT_CONFIGURED, FAILED
}
