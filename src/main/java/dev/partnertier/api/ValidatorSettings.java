package dev.partnertier.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Hibernate Validator caches, per validation, whether each node of the object graph may be traversed (a JPA
 * concern: lazy associations). We validate no entities, and with 100,000 customers that cache was most of the
 * cost of validating a request; without it, validation is several times faster.
 */
@ApplicationScoped
public class ValidatorSettings implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
