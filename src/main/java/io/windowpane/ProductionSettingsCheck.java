package io.windowpane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a production start before anything else happens when a required setting is missing, or when a secret
 * is a known demo value or too short to be one, naming every problem at once (registered in
 * META-INF/spring.factories).
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROFILE = "prod";

    /** Secrets shorter than this are refused: they can be guessed. */
    static final int MIN_SECRET_LENGTH = 16;

    /** Values the demo run, the README and docker-compose examples use, and the usual guesses. */
    static final Set<String> KNOWN_DEMO_VALUES = Set.of("windowpane-demo-key", "windowpane", "postgres", "password",
            "demo", "admin", "secret", "changeme", "change-me");

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();
    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "DB_URL");
        REQUIRED.put("spring.datasource.username", "DB_USER");
        REQUIRED.put("spring.datasource.password", "DB_PASSWORD");
        REQUIRED.put("windowpane.erp.base-url", "ERP_BASE_URL");
        REQUIRED.put("windowpane.erp.api-key", "ERP_API_KEY");
        REQUIRED.put("windowpane.erp.events.secret", "ERP_WEBHOOK_SECRET");
        REQUIRED.put("windowpane.erp.events.callback-url", "ERP_WEBHOOK_CALLBACK_URL");
        // invitation and reset links must not take their host from a request's Host header
        REQUIRED.put("windowpane.accounts.public-url", "PORTAL_PUBLIC_URL");
        SECRETS.put("spring.datasource.password", "DB_PASSWORD");
        SECRETS.put("windowpane.erp.api-key", "ERP_API_KEY");
        SECRETS.put("windowpane.erp.events.secret", "ERP_WEBHOOK_SECRET");
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(setting -> isBlank(environment.getProperty(setting.getKey())))
                .map(setting -> setting.getValue() + " (" + setting.getKey() + ")").toList();
        if (!missing.isEmpty()) {
            problems.add("set the environment variables " + String.join(", ", missing));
        }
        SECRETS.forEach((key, variable) -> {
            String value = environment.getProperty(key);
            if (!isBlank(value) && (KNOWN_DEMO_VALUES.contains(value.strip().toLowerCase(Locale.ROOT))
                    || value.strip().length() < MIN_SECRET_LENGTH)) {
                problems.add(variable + " is a demo value or shorter than " + MIN_SECRET_LENGTH + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Windowpane cannot start in the '" + PROFILE + "' profile: "
                    + String.join("; ", problems) + ". See README.md, Production.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
