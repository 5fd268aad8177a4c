package org.safeguard.beneficiary;

import java.util.UUID;

import org.safeguard.application.DibaoCaseloadStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the application module's question at registration: is the household still in the caseload? */
@Component
class CaseloadStatusForApplications implements DibaoCaseloadStatus {

    private final JdbcClient jdbc;

    CaseloadStatusForApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean receivesDibao(UUID householdId) {
        return jdbc.sql("select count(*) from dibao_beneficiary where household_id = ? and state <> 'TERMINATED'")
                .param(householdId).query(Long.class).single() > 0;
    }
}
