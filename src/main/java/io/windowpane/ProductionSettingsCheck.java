package io.windowpane;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a production start before anything else happens when a required setting is missing, naming every
 * missing environment variable at once (registered in META-INF/spring.factories).
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROFILE = "prod";

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "DB_URL");
        REQUIRED.put("spring.datasource.username", "DB_USER");
        REQUIRED.put("spring.datasource.password", "DB_PASSWORD");
        REQUIRED.put("windowpane.erp.base-url", "ERP_BASE_URL");
        REQUIRED.put("windowpane.erp.api-key", "ERP_API_KEY");
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(setting -> isBlank(environment.getProperty(setting.getKey())))
                .map(setting -> setting.getValue() + " (" + setting.getKey() + ")").toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Windowpane cannot start in the '" + PROFILE
                    + "' profile: set the environment variables " + String.join(", ", missing) + ". See README.md, Production.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
