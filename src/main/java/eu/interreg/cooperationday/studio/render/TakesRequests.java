package eu.interreg.cooperationday.studio.render;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * A bean of the studio that takes requests: present in the {@code local} and {@code manager} render
 * modes, absent on a render worker ({@code studio.render.mode=worker}), which only renders the
 * partitions a manager sends and leaves launching, emails and event redelivery to the manager.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("!'${studio.render.mode:local}'.trim().equalsIgnoreCase('worker')")
public @interface TakesRequests {

}
