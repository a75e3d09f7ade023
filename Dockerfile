# Builds the studio from this repository; the jar carries the brand kit and the video templates.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY src src
COPY brand-assets brand-assets
COPY video-templates video-templates
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/studio-*.jar /app/studio.jar
ENV STUDIO_VIDEO_HOT_RELOAD=false \
    STUDIO_DATA_DIR=/var/lib/studio
VOLUME /var/lib/studio
EXPOSE 8080
# an OutOfMemoryError ends the process, and compose's restart policy starts it again (requests resume);
# without the flag an error that kills a server thread leaves a port that never answers
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-jar", "/app/studio.jar"]
