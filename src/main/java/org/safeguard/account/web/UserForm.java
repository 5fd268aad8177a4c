package org.safeguard.account.web;

/** The new-account and assignment forms, bound as text so every mistake can be shown beside its field. */
public class UserForm {

    private String username;
    private String displayName;
    private String role;
    private String department;
    private String homeRegion;
    private String password;
    private Integer version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getHomeRegion() { return homeRegion; }
    public void setHomeRegion(String homeRegion) { this.homeRegion = homeRegion; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    @Override
    public String toString() {
        return "UserForm[" + username + ", " + role + "]";
    }
}
