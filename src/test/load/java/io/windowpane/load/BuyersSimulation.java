package io.windowpane.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Buyers of several customers browsing and ordering, each virtual buyer in their own session with their own CSRF
 * token. A visit: sign in, then three times home, a catalog search and its second page, three of its products, the
 * catalog, add one to the cart and look at the cart; then the order history and the latest order, and now and then (5 %) a
 * checkout; think time between pages. About 35 page views a visit. An open model: buyers arrive at a
 * constant rate ({@code -Drate}, buyers per second, for {@code -Dduration} seconds), or at a rate rising in steps
 * ({@code -Dsteps=n}: 1×, 2×, … n× the rate, each level for the duration) to find the knee.
 *
 * <p>System properties: {@code baseUrl} (http://localhost:8080), {@code buyers} (how many load-n@buyers.test
 * accounts exist, 200), {@code rate} (2), {@code duration} (60), {@code steps} (1), {@code thinkMin}/{@code thinkMax}
 * (ms, 500/2000), {@code checkoutPercent} (5), {@code searchesPerVisit} (3).
 */
public class BuyersSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int BUYERS = Integer.getInteger("buyers", 200);
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "2"));
    private static final int DURATION = Integer.getInteger("duration", 60);
    private static final int STEPS = Integer.getInteger("steps", 1);
    private static final int THINK_MIN = Integer.getInteger("thinkMin", 500);
    private static final int THINK_MAX = Integer.getInteger("thinkMax", 2000);
    private static final double CHECKOUT_PERCENT = Double.parseDouble(System.getProperty("checkoutPercent", "5"));

    private static final List<String> SEARCHES = List.of("bolt", "valve", "wire", "gloves", "disc", "lock nut",
            "cable ties", "cordless drill", "tape", "pipe", "hand truck", "degreaser", "circuit breaker", "screw",
            "safety glasses", "flap disc", "stainless", "heavy duty");

    /** A visit: sign in, then this many searches, each with its product pages and an item added to the cart. */
    private static final int SEARCHES_PER_VISIT = Integer.getInteger("searchesPerVisit", 3);

    private final AtomicInteger nextBuyer = new AtomicInteger();

    private final Iterator<Map<String, Object>> buyers = Stream.generate(() -> Map.<String, Object>of(
            "email", "load-" + (nextBuyer.getAndIncrement() % BUYERS + 1) + "@buyers.test")).iterator();

    private final Iterator<Map<String, Object>> searches = Stream.generate(() -> Map.<String, Object>of(
            "search", SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size())))).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en")
            .disableCaching();

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(THINK_MIN), Duration.ofMillis(THINK_MAX));
    }

    private static final ChainBuilder SIGN_IN = exec(
            http("sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")),
            http("sign in").post("/login")
                    .formParam("username", "#{email}").formParam("password", "demo").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), currentLocation().not(BASE_URL + "/login?error"))
                    .check(css("input[name=_csrf]", "value").saveAs("csrf")));

    private static final ChainBuilder BROWSE = exec(
            http("home").get("/").check(status().is(200)), think(),
            http("catalog search").get("/catalog").queryParam("q", "#{search}")
                    .check(status().is(200), css("a[data-testid=product-link]", "href").findRandom(3).saveAs("products")),
            think(),
            http("catalog page").get("/catalog").queryParam("q", "#{search}").queryParam("page", "2")
                    .check(status().is(200)),
            think(),
            foreach("#{products}", "product").on(
                    http("product").get("#{product}").check(status().is(200),
                            css("form.wp-add input[name=sku]", "value").optional().saveAs("sku")),
                    think()),
            http("catalog").get("/catalog").check(status().is(200)), think());

    private static final ChainBuilder ADD_TO_CART = doIf(session -> session.contains("sku")).then(
            http("add to cart").post("/cart/lines")
                    .formParam("sku", "#{sku}").formParam("qty", "1").formParam("_csrf", "#{csrf}")
                    .check(status().is(200)),
            think(),
            http("cart").get("/cart").check(status().is(200)), think());

    private static final ChainBuilder ORDERS = exec(
            http("orders").get("/orders")
                    .check(status().is(200), css("a[data-testid=order-link]", "href").optional().saveAs("order")),
            think(),
            doIf(session -> session.contains("order")).then(
                    http("order").get("#{order}").check(status().is(200)), think()));

    private static final ChainBuilder CHECKOUT = randomSwitch().on(percent(CHECKOUT_PERCENT).then(exec(
            http("checkout review").get("/checkout")
                    .check(status().is(200), form("form[action$='/checkout']").optional().saveAs("checkout")),
            think(),
            doIf(session -> session.contains("checkout")).then(
                    http("checkout place").post("/checkout").formParamMap(session -> session.getMap("checkout")).check(status().in(200, 409))))));

    private final ScenarioBuilder buyer = scenario("buyer")
            .feed(buyers)
            .exec(SIGN_IN, think())
            .repeat(SEARCHES_PER_VISIT).on(feed(searches), BROWSE, ADD_TO_CART)
            .exec(ORDERS, CHECKOUT);

    {
        setUp(buyer.injectOpen(arrivals())).protocols(protocol);
    }

    private static OpenInjectionStep arrivals() {
        return STEPS <= 1 ? constantUsersPerSec(RATE).during(DURATION).randomized()
                : incrementUsersPerSec(RATE).times(STEPS).eachLevelLasting(DURATION).startingFrom(RATE);
    }
}
