# Builds the studio from this repository and runs it with its brand assets and video templates beside it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY src src
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/studio-*.jar /app/studio.jar
COPY brand-assets /app/brand-assets
COPY video-templates /app/video-templates
ENV STUDIO_BRAND_ASSETS=/app/brand-assets \
    STUDIO_VIDEO_TEMPLATES=/app/video-templates \
    STUDIO_VIDEO_HOT_RELOAD=false \
    STUDIO_DATA_DIR=/var/lib/studio
VOLUME /var/lib/studio
EXPOSE 8080
ENTRYPOINT ["java", "-Djava.awt.headless=true", "-jar", "/app/studio.jar"]
