package org.preau.web;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * French by default; {@code ?lang=en} (or {@code ?lang=fr}) on any page switches the language, remembered in a
 * cookie. Only the languages Préau is translated into are accepted.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new FrenchOrEnglish();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** A cookie-remembered language that is French unless English was chosen. */
    static final class FrenchOrEnglish extends CookieLocaleResolver {

        FrenchOrEnglish() {
            super("preau-lang");
            setDefaultLocale(Locale.FRENCH);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieHttpOnly(true);
            setCookieSameSite("Lax");
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                              @Nullable Locale locale) {
            super.setLocale(request, response, supported(locale));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        private static Locale supported(@Nullable Locale locale) {
            return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
        }
    }
}
