package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;

/** Which role a 403 names: the method's own security annotation first, then its class's, and none it cannot name. */
class NeededRolesTest {

    @RolesAllowed("analyst")
    public static class Analysts {
        public void inherits(String body) {
        }

        @RolesAllowed({"portal", "analyst"})
        public void either() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }

        @Authenticated
        public void anyone() {
        }
    }

    public static class Unannotated {
        public void plain() {
        }
    }

    private static SimpleResourceInfo resource(Class<?> type, String method, Class<?>... parameters) {
        return new SimpleResourceInfo() {
            @Override
            public Class<?> getResourceClass() {
                return type;
            }

            @Override
            public String getMethodName() {
                return method;
            }

            @Override
            public Class<?>[] parameterTypes() {
                return parameters;
            }
        };
    }

    @Test
    void aMethodWithoutItsOwnAnnotationNeedsItsClasssRole() {
        assertThat(AuthProblemMappers.neededRoles(resource(Analysts.class, "inherits", String.class))).isEqualTo("analyst");
    }

    @Test
    void aMethodsOwnRolesOverrideItsClasss() {
        assertThat(AuthProblemMappers.neededRoles(resource(Analysts.class, "either"))).isEqualTo("portal, analyst");
    }

    @Test
    void noRoleIsNamedWhereNoRoleWouldHelpOrNoneIsKnown() {
        assertThat(AuthProblemMappers.neededRoles(resource(Analysts.class, "open"))).isEmpty();
        assertThat(AuthProblemMappers.neededRoles(resource(Analysts.class, "closed"))).isEmpty();
        assertThat(AuthProblemMappers.neededRoles(resource(Analysts.class, "anyone"))).isEmpty();
        assertThat(AuthProblemMappers.neededRoles(resource(Unannotated.class, "plain"))).isEmpty();
        assertThat(AuthProblemMappers.neededRoles(resource(null, null))).isEmpty();
        assertThat(AuthProblemMappers.neededRoles(null)).isEmpty();
    }

    @Test
    void aMethodNotFoundFallsBackOnTheClass() {
        assertThat(AuthProblemMappers.neededRoles(resource(Analysts.class, "gone"))).isEqualTo("analyst");
    }
}
