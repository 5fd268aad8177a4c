package org.safeguard.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.safeguard.demo.DemoAccounts;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Small helpers for API calls as a demo user. */
public final class Api {

    private Api() {
    }

    public static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        B authenticated = request.with(httpBasic(username, DemoAccounts.PASSWORD))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        return request instanceof MockMultipartHttpServletRequestBuilder ? authenticated
                : authenticated.contentType(MediaType.APPLICATION_JSON);
    }

    /** A JSON household with a head and a spouse in Chucai Community (Zhonghualu, Wuchang). */
    public static String household(String headId, String spouseId) {
        return household("420106006001", headId, spouseId);
    }

    public static String household(String region, String headId, String spouseId) {
        return """
                {"regionCode":"%s","hukouType":"URBAN","address":"楚材街 12 号 3 单元 401","bankAccount":"6222021234567890123",
                 "members":[
                   {"idNumber":"%s","name":"张伟","relationship":"HEAD","coResiding":true,"phone":"13800138000"},
                   {"idNumber":"%s","name":"李娜","relationship":"SPOUSE","coResiding":true,"disabilityCategory":"LIMB","disabilityGrade":2}
                 ]}""".formatted(region, headId, spouseId);
    }
}
