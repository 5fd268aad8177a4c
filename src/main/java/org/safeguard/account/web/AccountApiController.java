package org.safeguard.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.account.ChangeOwnPassword;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in caller's own account. */
@RestController
@Tag(name = "Account")
class AccountApiController {

    private final ChangeOwnPassword changePassword;

    AccountApiController(ChangeOwnPassword changePassword) {
        this.changePassword = changePassword;
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[masked]";
        }
    }

    @PostMapping("/api/v1/account/password")
    @Operation(summary = "Replace the caller's own password (the only call a holder of a temporary password may make)",
            description = "Needs the current password; the new one must pass the password policy and differ from it. "
                    + "Other sessions and cached credentials of the account end. 400 VALIDATION_FAILED with field problems otherwise.")
    ResponseEntity<Void> changeByApi(@RequestBody PasswordChange body) {
        changePassword.change(body.currentPassword(), body.newPassword(), null, null);
        return ResponseEntity.noContent().build();
    }
}
