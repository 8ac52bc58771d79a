package no.avtaleportal.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How the session store turns a session's attributes into bytes and back: Java serialization, as
 * Spring Session does by default, with the classes it names looked up once, not on every request.
 * Every signed-in request reads the security context back from its bytes, a dozen classes, and
 * looking each up by name through the class loaders was a third of that: 3 to 4 % of a page's CPU
 * (issue 15). Spring Session takes the bean by its name.
 */
@Configuration(proxyBeanMethods = false)
class SessionSerialization {

	@Bean
	ConversionService springSessionConversionService(ResourceLoader resources) {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class,
				new DeserializingConverter(new KnownClasses(resources.getClassLoader())));
		return conversion;
	}

	/** Reads an object, looking each class it names up once (the session's classes are few). */
	private static final class KnownClasses implements Deserializer<Object> {

		private final ClassLoader classLoader;

		private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

		KnownClasses(ClassLoader classLoader) {
			this.classLoader = classLoader;
		}

		@Override
		public Object deserialize(InputStream bytes) throws IOException {
			try (ObjectInputStream objects = new ConfigurableObjectInputStream(bytes, this.classLoader) {

				@Override
				protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
					Class<?> known = KnownClasses.this.classes.get(description.getName());
					if (known != null) {
						return known;
					}
					Class<?> found = super.resolveClass(description);
					KnownClasses.this.classes.put(description.getName(), found);
					return found;
				}

			}) {
				return objects.readObject();
			}
			catch (ClassNotFoundException ex) {
				throw new IOException("Failed to deserialize object type", ex);
			}
		}

	}

}
