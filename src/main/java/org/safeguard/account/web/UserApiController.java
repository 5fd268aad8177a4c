package org.safeguard.account.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.account.AssignStaffAccount;
import org.safeguard.account.CreateStaffAccount;
import org.safeguard.account.DisableStaffAccount;
import org.safeguard.account.EnableStaffAccount;
import org.safeguard.account.ResetStaffPassword;
import org.safeguard.account.StaffAccountView;
import org.safeguard.account.StaffDirectory;
import org.safeguard.account.UnlockStaffAccount;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.web.Versions;
import org.safeguard.shared.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAuthority('USER_ADMIN')")
@Tag(name = "Users", description = "Staff accounts in the administrator's region subtree")
class UserApiController {

    record UserResponse(long id, String username, String displayName, Role role, String department,
                        String homeRegion, boolean enabled, boolean locked, int failedAttempts, Instant lockedUntil,
                        String locale, Instant createdAt, Instant passwordChangedAt, int version) {
        static UserResponse of(StaffAccountView v) {
            return new UserResponse(v.id(), v.username(), v.displayName(), v.role(), v.department(), v.homeRegion(),
                    v.enabled(), v.locked(), v.failedAttempts(), v.lockedUntil(), v.locale().toLanguageTag(),
                    v.createdAt(), v.passwordChangedAt(), v.version());
        }
    }

    record CreateUserRequest(String username, String displayName, String role, String department, String homeRegion,
                             String password) {
        @Override
        public String toString() {
            return "CreateUserRequest[" + username + ", " + role + "]";
        }
    }

    record AssignmentRequest(String role, String department, String homeRegion, String displayName, Integer version) {
    }

    record PasswordRequest(String password) {
        @Override
        public String toString() {
            return "PasswordRequest[***]";
        }
    }

    private final StaffDirectory directory;
    private final CreateStaffAccount create;
    private final DisableStaffAccount disable;
    private final EnableStaffAccount enable;
    private final UnlockStaffAccount unlock;
    private final AssignStaffAccount assign;
    private final ResetStaffPassword resetPassword;

    UserApiController(StaffDirectory directory, CreateStaffAccount create, DisableStaffAccount disable,
                      EnableStaffAccount enable, UnlockStaffAccount unlock, AssignStaffAccount assign,
                      ResetStaffPassword resetPassword) {
        this.directory = directory;
        this.create = create;
        this.disable = disable;
        this.enable = enable;
        this.unlock = unlock;
        this.assign = assign;
        this.resetPassword = resetPassword;
    }

    @GetMapping
    @Operation(summary = "Staff accounts whose home region lies in the caller's subtree")
    ResponseEntity<List<UserResponse>> list() {
        return ok(directory.list().stream().map(UserResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staff account (404 outside the caller's subtree)")
    ResponseEntity<UserResponse> get(@PathVariable long id) {
        return ok(UserResponse.of(directory.find(id)));
    }

    @PostMapping
    @Operation(summary = "Create a staff account; the home region must lie in the caller's subtree")
    ResponseEntity<UserResponse> create(@RequestBody CreateUserRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        Role role = RoleField.parse(r.role(), problems);
        long id = RoleField.withProblems(problems, () -> create.create(new CreateStaffAccount.NewAccount(
                r.username(), r.displayName(), role, r.department(), r.homeRegion(), r.password())));
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).cacheControl(CacheControl.noStore())
                .body(UserResponse.of(directory.find(id)));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable the account and end its sessions (not your own)")
    ResponseEntity<UserResponse> disable(@PathVariable long id) {
        disable.disable(id);
        return ok(UserResponse.of(directory.find(id)));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account")
    ResponseEntity<UserResponse> enable(@PathVariable long id) {
        enable.enable(id);
        return ok(UserResponse.of(directory.find(id)));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a lockout and clear the failed-attempt count")
    ResponseEntity<UserResponse> unlock(@PathVariable long id) {
        unlock.unlock(id);
        return ok(UserResponse.of(directory.find(id)));
    }

    @PutMapping("/{id}/assignment")
    @Operation(summary = "Change role, department, home region and display name (not your own role or region); needs the "
            + "account's version (body, or If-Match with the ETag of GET): 428 without it, 409 when stale")
    ResponseEntity<UserResponse> assign(@PathVariable long id, @RequestBody AssignmentRequest r,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        List<FieldProblem> problems = new ArrayList<>();
        Role role = RoleField.parse(r.role(), problems);
        RoleField.withProblems(problems, () -> {
            assign.assign(id, new AssignStaffAccount.Assignment(role, r.department(), r.homeRegion(), r.displayName(),
                    Versions.ofInt(r.version(), ifMatch)));
            return id;
        });
        return ok(UserResponse.of(directory.find(id)));
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Set a temporary password that passes the password policy; ends the account's sessions")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody PasswordRequest r) {
        resetPassword.reset(id, r.password());
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
