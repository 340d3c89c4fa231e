# One image recipe for both services: docker compose builds it with SERVICE=command-service or
# SERVICE=query-service, from the runnable jar that ./mvnw -DskipTests package leaves in target/.
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN useradd --system --uid 10001 app
COPY ${SERVICE}/target/${SERVICE}-exec.jar /app/service.jar
USER app
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
