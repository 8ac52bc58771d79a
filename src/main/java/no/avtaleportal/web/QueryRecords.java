package no.avtaleportal.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the {@link FromQuery} records. Spring's own ways cost a list a tenth of its CPU in
 * reflection on every request (issue 15): binding a record as a {@code @ModelAttribute} looks its
 * constructor and components up each time, and a {@code @ModelAttribute} method taking a
 * {@code @RequestParam} per component has its parameters' annotations parsed again for every
 * request. Here the constructor and the components are looked up once per record type.
 */
@Configuration(proxyBeanMethods = false)
class QueryRecords implements WebMvcConfigurer {

	private static final ClassValue<RecordType> TYPES = new ClassValue<>() {

		@Override
		protected RecordType computeValue(Class<?> type) {
			return RecordType.of(type);
		}

	};

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Resolver());
	}

	private static final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(FromQuery.class);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer model, NativeWebRequest request,
				WebDataBinderFactory binders) throws Exception {
			String name = parameter.getParameterAnnotation(FromQuery.class).value();
			RecordType type = TYPES.get(parameter.getParameterType());
			WebDataBinder binder = binders.createBinder(request, null, name);
			Object[] values = new Object[type.components().length];
			for (int index = 0; index < values.length; index++) {
				RecordComponent component = type.components()[index];
				String[] given = request.getParameterValues(component.getName());
				if (given != null) {
					// several values as @RequestParam takes them: joined for text, the first for one value
					Object value = (given.length == 1) ? given[0] : given;
					try {
						values[index] = binder.convertIfNecessary(value, component.getType());
					}
					catch (TypeMismatchException ex) {
						throw new MethodArgumentTypeMismatchException(value, component.getType(), component.getName(),
								parameter, ex.getCause());
					}
				}
			}
			Object record = BeanUtils.instantiateClass(type.constructor(), values);
			model.addAttribute(name, record);
			return record;
		}

	}

	/** A record's canonical constructor and its components, in order. */
	private record RecordType(Constructor<?> constructor, RecordComponent[] components) {

		static RecordType of(Class<?> type) {
			if (!type.isRecord()) {
				throw new IllegalStateException("@FromQuery takes a record, not " + type.getName());
			}
			RecordComponent[] components = type.getRecordComponents();
			try {
				return new RecordType(type.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)), components);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), ex);
			}
		}

	}

}
