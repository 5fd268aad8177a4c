package org.safeguard.household.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormErrorsTest {

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    FormErrorsTest() {
        messages.setBasenames("i18n/messages", "i18n/household", "i18n/validation");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void memberProblemsAreShownBesideTheFieldAndNamedByMemberInTheSummary() {
        var e = SafeguardException.invalid(List.of(FieldProblem.of("members[1].idNumber", "ID_CHECK_DIGIT"),
                FieldProblem.of("address", "REQUIRED")));

        FormErrors errors = FormErrors.of(e, messages, Locale.ENGLISH);

        assertThat(errors.has("members[1].idNumber")).isTrue();
        assertThat(errors.domId("members[1].idNumber")).isEqualTo("members1-idNumber");
        assertThat(errors.errorId("members[1].idNumber")).isEqualTo("members1-idNumber-error");
        String inline = errors.message("members[1].idNumber");
        assertThat(inline).isNotBlank().doesNotContain("validation.");
        assertThat(errors.all()).extracting(FormErrors.Item::message)
                .containsExactly("Member 2 · Resident ID number: " + inline, "Address: " + errors.message("address"));
        assertThat(errors.all()).extracting(FormErrors.Item::domId).containsExactly("members1-idNumber", "address");
    }

    @Test
    void aProblemWithoutFieldIsAGeneralMessageWithoutLink() {
        var e = SafeguardException.conflict(org.safeguard.shared.ProblemCode.STALE_VERSION, "problem.staleVersion");

        FormErrors errors = FormErrors.of(e, messages, Locale.SIMPLIFIED_CHINESE);

        assertThat(errors.general()).contains("他人修改");
        assertThat(errors.all()).singleElement().satisfies(i -> assertThat(i.domId()).isNull());
    }
}
