package io.windowpane.account;

/**
 * The sign-in throttle as admins see it: whether an account is locked after too many failed attempts, and
 * unlocking it. Implemented where the throttle lives (the security module).
 */
public interface SignInLocks {

    boolean locked(String email);

    void unlock(String email);
}
