package org.safeguard.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SafeguardTest
class RegionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void treeStartsAtTheHomeRegionWithItsChildrenLinkedAndExpandable() throws Exception {
        String html = mvc.perform(get("/regions").with(as("worker"))).andExpect(status().isOk())
                .andExpect(view().name("region/tree")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-code=\"420106006001\"").contains("href=\"/regions/420106006001\"")
                .doesNotContain("data-code=\"420102010006\"");
    }

    @Test
    void expandingANodeWithHtmxReturnsOnlyItsChildren() throws Exception {
        String html = mvc.perform(get("/regions/420106000000/children").header("HX-Request", "true").with(as("reviewer")))
                .andExpect(status().isOk()).andExpect(view().name("region/tree :: children"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").contains("data-code=\"420106006000\"")
                .contains("hx-get=\"/regions/420106006000/children\"");
    }

    @Test
    void childrenAddressWithoutJavaScriptLeadsToTheRegionPage() throws Exception {
        mvc.perform(get("/regions/420106000000/children").with(as("reviewer")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/regions/420106000000"));
    }

    @Test
    void aRegionOutsideTheScopeDoesNotExist() throws Exception {
        mvc.perform(get("/regions/420102010000").with(as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/regions/420102010000/children").header("HX-Request", "true").with(as("worker")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/regions/not-a-code").with(as("worker"))).andExpect(status().isNotFound());
    }

    @Test
    void ruralRegionsAreMarkedRural() throws Exception {
        String html = mvc.perform(get("/regions").with(as("ruralworker"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("badge rural");
    }
}
