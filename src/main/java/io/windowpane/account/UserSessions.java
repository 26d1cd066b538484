package io.windowpane.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's sessions in the shared session store, so a change takes effect on every instance at once. */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user except {@code keep} (null: every one); answers how many ended. */
    int end(String email, String keep) {
        var found = sessions.findByPrincipalName(email).keySet();
        found.stream().filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
        return (int) found.stream().filter(id -> !id.equals(keep)).count();
    }
}
