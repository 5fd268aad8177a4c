package org.safeguard.household.web;

import java.util.Arrays;
import java.util.List;

import org.safeguard.household.DisabilityCategory;
import org.safeguard.household.EmploymentStatus;
import org.safeguard.household.ExclusionReason;
import org.safeguard.household.HukouType;
import org.safeguard.household.LabourAbility;
import org.safeguard.household.Relationship;
import org.safeguard.household.Schooling;
import org.springframework.ui.Model;

/** The fixed choices of the household forms; templates translate each value with its message key. */
final class FormOptions {

    private FormOptions() {
    }

    static void addTo(Model model) {
        model.addAttribute("hukouTypes", names(HukouType.values()));
        model.addAttribute("relationships", names(Relationship.values()));
        model.addAttribute("exclusionReasons", names(ExclusionReason.values()));
        model.addAttribute("disabilityCategories", names(DisabilityCategory.values()));
        model.addAttribute("disabilityGrades", List.of(1, 2, 3, 4));
        model.addAttribute("labourAbilities", names(LabourAbility.values()));
        model.addAttribute("employmentStatuses", names(EmploymentStatus.values()));
        model.addAttribute("schoolings", names(Schooling.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
