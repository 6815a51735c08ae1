@echo off
rem tiqu: runs tiqu.jar, which lies beside this script, with the class-data-sharing archive
rem tiqu.jsa the build made (if present), C1 only and the serial collector; JAVA_HOME chooses the java, JAVA_OPTS comes
rem last and overrides. See the sh launcher "tiqu" and README, Benchmark.
setlocal
set "TIQU_DIR=%~dp0"
set "TIQU_JAVA=java"
if defined JAVA_HOME set "TIQU_JAVA=%JAVA_HOME%\bin\java"
if exist "%TIQU_DIR%tiqu.jsa" (
    "%TIQU_JAVA%" "-XX:SharedArchiveFile=%TIQU_DIR%tiqu.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -jar "%TIQU_DIR%tiqu.jar" %*
) else (
    "%TIQU_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -jar "%TIQU_DIR%tiqu.jar" %*
)
exit /b %ERRORLEVEL%
