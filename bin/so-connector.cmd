@echo off
rem Runs the so-connector jar built by mvnw.cmd package; builds it first if it is missing.
rem The Windows twin of bin/so-connector: same jar, same SO_CONNECTOR_JAVA_OPTS, same exit codes.
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\app-cli\target\so-connector.jar"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAR%" (
  echo so-connector: building %JAR% first ^(mvnw.cmd -q -DskipTests package^) 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -B -q -DskipTests package
  if errorlevel 1 (
    popd
    exit /b 1
  )
  popd
)
"%JAVA%" %SO_CONNECTOR_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
