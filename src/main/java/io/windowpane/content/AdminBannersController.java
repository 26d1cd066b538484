package io.windowpane.content;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.account.CurrentCustomer;
import io.windowpane.erp.ErpUnavailableException;
import io.windowpane.web.SearchText;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The admin's banners: {@code GET /admin/content/banners} lists them with their schedule state; {@code /new} and
 * {@code /{id}} edit one (a plain POST saves, then back to the list); {@code POST /{id}/delete} removes one;
 * {@code GET /preview?customer=&placement=&at=} shows the banners a chosen customer sees at a moment.
 */
@Controller
class AdminBannersController {

    static final String LIST_VIEW = "content/admin-banners";
    static final String FORM_VIEW = "content/admin-banner";
    static final String PREVIEW_VIEW = "content/admin-banner-preview";

    private final Banners banners;
    private final CurrentCustomer currentCustomer;
    private final Clock clock;

    private final ContentProperties limits;

    AdminBannersController(Banners banners, CurrentCustomer currentCustomer, Clock clock, ContentProperties limits) {
        this.limits = limits;
        this.banners = banners;
        this.currentCustomer = currentCustomer;
        this.clock = clock;
    }

    @ModelAttribute("placements")
    Placement[] placements() {
        return Placement.values();
    }

    @ModelAttribute("limits")
    ContentProperties limits() {
        return limits;
    }

    @ModelAttribute("timeZone")
    String timeZone() {
        return clock.getZone().getId();
    }

    @GetMapping("/admin/content/banners")
    String list(Model model) {
        model.addAttribute("banners", banners.all());
        return LIST_VIEW;
    }

    @GetMapping("/admin/content/banners/new")
    String create(Model model) {
        model.addAttribute("bannerForm", new BannerForm());
        return FORM_VIEW;
    }

    @GetMapping("/admin/content/banners/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("bannerForm", banners.form(id).orElseThrow(AdminBannersController::notFound));
        model.addAttribute("bannerId", id);
        model.addAttribute("bannerImage", banners.image(id).orElse(null));
        return FORM_VIEW;
    }

    @PostMapping("/admin/content/banners/{id}/image")
    String addImage(@PathVariable long id, @RequestParam(required = false) MultipartFile image,
            @RequestParam(defaultValue = "") String alt, HttpServletRequest request, RedirectAttributes redirect)
            throws IOException {
        AdminProductMediaController.Notice notice;
        try {
            banners.setImage(id, image == null ? new byte[0] : image.getBytes(), alt, admin(), request.getRemoteAddr())
                    .orElseThrow(AdminBannersController::notFound);
            notice = new AdminProductMediaController.Notice("imageAdded", ProductMedia.fileName(image.getOriginalFilename(), ""), false);
        } catch (ProductMedia.UploadRefusedException e) {
            notice = new AdminProductMediaController.Notice("problem." + e.problem().name(),
                    image == null ? "" : ProductMedia.fileName(image.getOriginalFilename(), ""), true);
        }
        redirect.addFlashAttribute("mediaNotice", notice);
        return "redirect:/admin/content/banners/" + id;
    }

    @PostMapping("/admin/content/banners/{id}/image/delete")
    String removeImage(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        if (!banners.removeImage(id, admin(), request.getRemoteAddr())) {
            throw notFound();
        }
        redirect.addFlashAttribute("mediaNotice", new AdminProductMediaController.Notice("imageRemoved", null, false));
        return "redirect:/admin/content/banners/" + id;
    }

    @PostMapping("/admin/content/banners")
    String add(@Validated @ModelAttribute("bannerForm") BannerForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        return save(null, form, errors, model, request, redirect);
    }

    @PostMapping("/admin/content/banners/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("bannerForm") BannerForm form, BindingResult errors,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        banners.form(id).orElseThrow(AdminBannersController::notFound);
        model.addAttribute("bannerId", id);
        return save(id, form, errors, model, request, redirect);
    }

    @PostMapping("/admin/content/banners/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        if (!banners.delete(id, admin(), request.getRemoteAddr())) {
            throw notFound();
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/admin/content/banners";
    }

    @GetMapping("/admin/content/banners/preview")
    String preview(@RequestParam(defaultValue = "") String customer, @RequestParam(defaultValue = "HOME") Placement placement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            Model model) {
        String customerId = SearchText.of(customer, SearchText.ORDERS_MAX).toUpperCase(Locale.ROOT);
        LocalDateTime when = at != null ? at : LocalDateTime.now(clock);
        model.addAttribute("customer", customerId);
        model.addAttribute("placement", placement);
        model.addAttribute("at", when);
        model.addAttribute("banners", customerId.isEmpty() ? List.of()
                : banners.liveFor(customerId, placement, when.atZone(clock.getZone()).toInstant()));
        return PREVIEW_VIEW;
    }

    private String save(Long id, BannerForm form, BindingResult errors, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        Banners.Saved saved;
        try {
            saved = banners.save(id, form, admin(), request.getRemoteAddr());
        } catch (ErpUnavailableException e) {
            model.addAttribute("erpUnavailable", true);
            return FORM_VIEW;
        }
        if (!saved.done()) {
            errors.rejectValue("audience", "banner.audience.unknown", new Object[] {String.join(", ", saved.unknownCustomers())},
                    "unknown customers");
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("saved", saved.id());
        return "redirect:/admin/content/banners";
    }

    private String admin() {
        return currentCustomer.currentUser().orElseThrow().email();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
