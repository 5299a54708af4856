package io.msglint.core.source;

import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;

/**
 * A text test that tells, before parsing, whether a file can contain an Azure messaging send:
 * it must mention one of the SDK's messaging packages or the Azure Functions annotations. Files that only declare payload types
 * are not parsed here; the type solver reads them on demand.
 */
public final class PreFilter {

    private PreFilter() {
    }

    public static boolean mayUseAzureMessaging(String text) {
        if (text.indexOf(SdkCatalog.MESSAGING_MARKER) < 0) {
            return false; // one scan rules out nearly every file
        }
        for (String pkg : SdkCatalog.messagingPackages()) {
            if (text.contains(pkg)) {
                return true;
            }
        }
        return text.contains(ReceiveCatalog.FUNCTIONS_PACKAGE);
    }
}
