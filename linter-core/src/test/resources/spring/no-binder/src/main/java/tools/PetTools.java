package tools;

import java.util.function.Function;
import org.springframework.context.annotation.Bean;

/** Functional beans that are tools of an AI assistant, not Stream bindings: no binder, no configuration. */
public class PetTools {

    public record Owner(String name) {
    }

    @Bean
    public Function<String, Owner> findOwner() {
        return Owner::new;
    }
}
