package io.msglint.core.source;

import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;

/**
 * A text test that tells, before parsing, whether a file can contain an Azure messaging send:
 * it must mention one of the SDK's messaging packages, the Azure Functions annotations, or a
 * Spring framework that reaches Azure through configuration (Stream, JMS). Files that only declare payload types
 * are not parsed here; the type solver reads them on demand.
 */
public final class PreFilter {

    private PreFilter() {
    }

    public static boolean mayUseAzureMessaging(String text) {
        if (text.indexOf(SdkCatalog.MESSAGING_MARKER) >= 0) {
            for (String pkg : SdkCatalog.messagingPackages()) {
                if (text.contains(pkg)) {
                    return true;
                }
            }
            if (text.contains(ReceiveCatalog.FUNCTIONS_PACKAGE)) {
                return true;
            }
        }
        return mayUseSpringMessaging(text);
    }

    /**
     * Spring Cloud Stream and JMS, whose Azure service only the configuration names: a file that
     * imports them, or declares functional beans ({@code java.util.function} and {@code @Bean}).
     */
    public static boolean mayUseSpringMessaging(String text) {
        if (text.indexOf(SdkCatalog.FRAMEWORK_MARKER) < 0) {
            return false; // one scan rules out every file that is not Spring's
        }
        for (String pkg : SdkCatalog.frameworkPackages()) {
            if (text.contains(pkg)) {
                return true;
            }
        }
        return text.contains(SdkCatalog.FUNCTIONAL_BEANS_PACKAGE) && text.contains(SdkCatalog.BEAN_ANNOTATION);
    }
}
