package io.windowpane.content;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.windowpane.account.CurrentCustomer;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The admin's content pages: {@code GET /admin/content/pages} lists them; {@code /new} and {@code /{id}} edit one;
 * {@code POST /{id}/delete} removes one. A page is read at {@code /pages/{slug}} (drafts only by admins).
 */
@Controller
class AdminPagesController {

    static final String LIST_VIEW = "content/admin-pages";
    static final String FORM_VIEW = "content/admin-page";

    private final ContentPages pages;
    private final CurrentCustomer currentCustomer;

    AdminPagesController(ContentPages pages, CurrentCustomer currentCustomer) {
        this.pages = pages;
        this.currentCustomer = currentCustomer;
    }

    @GetMapping("/admin/content/pages")
    String list(Model model) {
        model.addAttribute("pages", pages.all());
        return LIST_VIEW;
    }

    @GetMapping("/admin/content/pages/new")
    String create(Model model) {
        model.addAttribute("pageForm", new ContentPageForm());
        return FORM_VIEW;
    }

    @GetMapping("/admin/content/pages/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("pageForm", pages.form(id).orElseThrow(AdminPagesController::notFound));
        model.addAttribute("pageId", id);
        return FORM_VIEW;
    }

    @PostMapping("/admin/content/pages")
    String add(@Validated @ModelAttribute("pageForm") ContentPageForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        return save(null, form, errors, request, redirect);
    }

    @PostMapping("/admin/content/pages/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("pageForm") ContentPageForm form, BindingResult errors,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        pages.form(id).orElseThrow(AdminPagesController::notFound);
        model.addAttribute("pageId", id);
        return save(id, form, errors, request, redirect);
    }

    @PostMapping("/admin/content/pages/{id}/delete")
    String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        if (!pages.delete(id, admin(), request.getRemoteAddr())) {
            throw notFound();
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/admin/content/pages";
    }

    private String save(Long id, ContentPageForm form, BindingResult errors, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        Optional<Long> saved = pages.save(id, form, admin(), request.getRemoteAddr());
        if (saved.isEmpty()) {
            errors.rejectValue("slug", "page.slug.taken", new Object[] {form.getSlug()}, "slug taken");
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("saved", form.getSlug());
        return "redirect:/admin/content/pages";
    }

    private String admin() {
        return currentCustomer.currentUser().orElseThrow().email();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
