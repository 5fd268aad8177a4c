package org.safeguard.shared.web;

import org.safeguard.shared.PlainText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/** Every string of every JSON request body is checked once, here, rather than in each request record. */
@Configuration(proxyBeanMethods = false)
class PlainTextJson {

    @Bean
    JacksonModule plainTextStrings() {
        return new SimpleModule("safeguard-plain-text").addDeserializer(String.class, new CheckedStrings());
    }

    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && !PlainText.isClean(value)) {
                throw new ControlCharacter(p);
            }
            return value;
        }
    }

    /** Carries the JSON path of the offending field to {@link ApiProblemHandler}; never the value itself. */
    static final class ControlCharacter extends InvalidFormatException {

        ControlCharacter(JsonParser p) {
            super(p, "text contains a control character", null, String.class);
        }
    }
}
