package org.safeguard.application;

import static org.safeguard.support.Api.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.safeguard.support.Fixtures;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Applications made and moved through the API by the demo users responsible for a community: the township
 * caseworker does the casework and township steps, the county reviewer (Wuchang) or a Wuhan reviewer the county steps.
 */
public final class ApplicationFixtures {

    /** An application and the household's person ids (head first). */
    public record Case(String id, String householdId, String community, List<String> personIds) {
    }

    private final MockMvc mvc;

    public ApplicationFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String reviewerFor(String community) {
        return community.startsWith("420106") ? "reviewer" : "policy";
    }

    /** A fresh household in the community with an application submitted on the date. */
    public Case create(String community, LocalDate submittedOn) {
        String worker = Fixtures.caseworkerFor(community);
        Fixtures.Household h = new Fixtures(mvc).household(community);
        String household = call(as(worker, get("/api/v1/households/" + h.id())));
        List<String> persons = JsonPath.read(household, "$.members[*].personId");
        String body = call(as(worker, post("/api/v1/dibao/applications")).content(
                "{\"householdId\":\"%s\",\"channel\":\"WINDOW\",\"submittedOn\":\"%s\"}".formatted(h.id(), submittedOn)));
        if (!body.contains("\"id\"")) {
            throw new AssertionError("application not created: " + body);
        }
        return new Case(JsonPath.read(body, "$.id"), h.id(), community, persons);
    }

    /** A fresh household in the community with a DRAFT application saved on the date by its caseworker. */
    public Case createDraft(String community, LocalDate savedOn) {
        String worker = Fixtures.caseworkerFor(community);
        Fixtures.Household h = new Fixtures(mvc).household(community);
        String household = call(as(worker, get("/api/v1/households/" + h.id())));
        List<String> persons = JsonPath.read(household, "$.members[*].personId");
        String body = call(as(worker, post("/api/v1/dibao/applications")).content(
                "{\"householdId\":\"%s\",\"channel\":\"WINDOW\",\"submittedOn\":\"%s\",\"draft\":true}".formatted(h.id(), savedOn)));
        if (!body.contains("\"id\"")) {
            throw new AssertionError("draft not created: " + body);
        }
        return new Case(JsonPath.read(body, "$.id"), h.id(), community, persons);
    }

    /** The application's ETag (its case's version, quoted), as GET answers it to {@code user}. */
    public String etag(String user, String id) {
        try {
            return mvc.perform(as(user, get("/api/v1/dibao/applications/" + id))).andReturn().getResponse().getHeader("ETag");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version a page form would carry. */
    public String version(String user, String id) {
        return etag(user, id).replace("\"", "");
    }

    /** Takes the action at the case's current version, sent as If-Match with the ETag of GET as a client would. */
    public MvcResult act(String user, String id, String action, String json) {
        try {
            String etag = mvc.perform(as(user, get("/api/v1/dibao/applications/" + id))).andReturn().getResponse().getHeader("ETag");
            var request = post("/api/v1/dibao/applications/" + id + "/actions/" + action).content(json);
            if (etag != null) {
                request.header("If-Match", etag);
            }
            return mvc.perform(as(user, request)).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes the action and insists on 200. */
    public String ok(String user, String id, String action, String json) {
        MvcResult r = act(user, id, action, json);
        try {
            String body = r.getResponse().getContentAsString();
            if (r.getResponse().getStatus() != 200) {
                throw new AssertionError(action + " on " + id + " answered " + r.getResponse().getStatus() + ": " + body);
            }
            return body;
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String state(String user, String id) {
        return JsonPath.read(call(as(user, get("/api/v1/dibao/applications/" + id))), "$.state");
    }

    public static String on(LocalDate date) {
        return "{\"on\":\"" + date + "\"}";
    }

    public static String reason(LocalDate date, String reason) {
        return "{\"on\":\"" + date + "\",\"reason\":\"" + reason + "\"}";
    }

    /** Every item the applicant has to hand in, ticked as received. */
    public static String materials(LocalDate date) {
        return "{\"on\":\"" + date + "\",\"materials\":[\"APPLICATION_FORM\",\"ID_CARD\",\"INCOME_STATEMENT\","
                + "\"ASSET_STATEMENT\",\"AUTHORISATION\"]}";
    }

    public static String signatures(LocalDate date, List<String> persons) {
        List<String> items = new ArrayList<>();
        for (String p : persons) {
            items.add("{\"personId\":\"" + p + "\",\"kind\":\"COMMITMENT\"}");
            items.add("{\"personId\":\"" + p + "\",\"kind\":\"AUTHORISATION\"}");
        }
        return "{\"on\":\"" + date + "\",\"signatures\":[" + String.join(",", items) + "]}";
    }

    public static String investigation(LocalDate date, String method) {
        return "{\"on\":\"" + date + "\",\"investigation\":{\"method\":\"" + method
                + "\",\"investigators\":[\"王强\",\"李明\"],\"note\":\"入户核实\"}}";
    }

    /** Wage of 1,200 yuan over the reference period for the head: eligible under the demo standards. */
    public static String facts(LocalDate date, String headPersonId) {
        return "{\"on\":\"" + date + "\",\"facts\":{\"members\":[{\"personId\":\"" + headPersonId
                + "\",\"incomes\":[{\"type\":\"WAGE\",\"amount\":1200}]}],\"assets\":[{\"type\":\"DEPOSIT\",\"value\":2000}]}}";
    }

    public static String verification(LocalDate date) {
        return "{\"on\":\"" + date + "\",\"verification\":{\"department\":\"税务局\",\"result\":\"CONSISTENT\",\"note\":\"无异常\"}}";
    }

    /**
     * Moves a fresh application along the main path until it is in {@code target}; returns the date of the last step.
     * The township steps are the caseworker's; county steps the reviewer's. Dates advance from {@code start}.
     */
    public LocalDate driveTo(Case c, String target, LocalDate start) {
        String w = Fixtures.caseworkerFor(c.community());
        String rv = reviewerFor(c.community());
        LocalDate d = start;
        String id = c.id();
        if (target.equals("SUBMITTED") || target.equals("DRAFT")) {
            return d;
        }
        if (target.equals("MATERIALS_INCOMPLETE")) {
            ok(w, id, "REQUEST_MATERIALS", "{\"on\":\"" + d + "\",\"missingMaterials\":[\"户口簿复印件\",\"收入证明\"]}");
            return d;
        }
        ok(w, id, "RECORD_SIGNATURES", signatures(d, c.personIds()));
        ok(w, id, "RECORD_MATERIALS", materials(d));
        ok(w, id, "ACCEPT", on(d));
        if (target.equals("ACCEPTED")) {
            return d;
        }
        d = d.plusDays(1);
        ok(w, id, "START_INVESTIGATION", on(d));
        ok(w, id, "RECORD_VERIFICATION", verification(d));
        ok(w, id, "RECORD_INVESTIGATION", investigation(d, "ONSITE"));
        ok(w, id, "RECORD_FACTS", facts(d, c.personIds().get(0)));
        if (target.equals("INVESTIGATING") || target.equals("TERMINATED_NONCOOPERATION")) {
            if (target.equals("TERMINATED_NONCOOPERATION")) {
                ok(w, id, "TERMINATE", reason(d, "拒不配合入户调查"));
            }
            return d;
        }
        if (target.equals("PRELIM_INELIGIBLE") || target.equals("RECHECK")) {
            ok(w, id, "FIND_INELIGIBLE", reason(d, "核对发现存款超标"));
            if (target.equals("RECHECK")) {
                ok(w, id, "APPLICANT_OBJECTS", reason(d, "存款已用于医疗"));
            }
            return d;
        }
        ok(w, id, "COMPLETE_INVESTIGATION", on(d));
        if (state(w, id).equals("DEMOCRATIC_APPRAISAL")) {
            if (target.equals("DEMOCRATIC_APPRAISAL")) {
                return d;
            }
            d = d.plusDays(1);
            ok(w, id, "RECORD_APPRAISAL", reason(d, "评议通过"));
        }
        if (target.equals("TOWNSHIP_OPINION")) {
            return d;
        }
        d = d.plusDays(1);
        ok(w, id, "POST_NOTICE", "{\"on\":\"" + d + "\",\"opinion\":\"符合低保条件\",\"noticeLocation\":\"社区公示栏\"}");
        if (target.equals("TOWNSHIP_PUBLICITY")) {
            return d;
        }
        if (target.equals("OBJECTION") || target.equals("DEMOCRATIC_APPRAISAL")) {
            ok(w, id, "RAISE_OBJECTION", reason(d, "邻居反映有经营收入"));
            if (target.equals("DEMOCRATIC_APPRAISAL")) {
                ok(w, id, "HOLD_APPRAISAL", reason(d, "召开评议会"));
            }
            return d;
        }
        d = d.plusDays(8);
        ok(w, id, "SEND_TO_COUNTY", on(d));
        if (target.equals("COUNTY_REVIEW")) {
            return d;
        }
        d = d.plusDays(1);
        if (JsonPath.<Boolean>read(call(as(rv, get("/api/v1/dibao/applications/" + id))), "$.visitRequired")) {
            ok(rv, id, "RECORD_REVIEW_VISIT", reason(d, "县级入户抽查"));
        }
        if (target.equals("REJECTED")) {
            ok(rv, id, "REJECT", reason(d, "家庭人均收入高于当地低保标准"));
            return d;
        }
        if (state(rv, id).equals("COUNTY_REVIEW") && JsonPath.<String>read(call(as(rv, get("/api/v1/dibao/applications/" + id))),
                "$.procedure").equals("P2012")) {
            ok(rv, id, "POST_COUNTY_NOTICE", on(d));
            if (target.equals("COUNTY_PUBLICITY")) {
                return d;
            }
            d = d.plusDays(8);
        }
        ok(rv, id, "APPROVE", on(d));
        return d;
    }

    private String call(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
