# One run of a libFuzzer target (see CMakeLists.txt):
#   cmake -DFUZZER=… -DSECONDS=… -DWORK=… -DKEEP=… -DREGRESSIONS=… -DSEEDS=a|b -DOPTIONS=-x=1|-y=2 -P runfuzz.cmake
# Bounded run (./dev test): replays every file of REGRESSIONS, then fuzzes for SECONDS with seed 1 from a
# fresh corpus in WORK, seeded with REGRESSIONS and SEEDS.
# Long run (./dev fuzz, environment IIA_FUZZ_SECONDS set): the same for IIA_FUZZ_SECONDS with a random seed,
# keeping the corpus it grows in KEEP from one long run to the next.
# Either way a crashing input is saved in WORK as crash-… (or leak-…, timeout-…): copy it into
# tests/data/fuzz-regressions/<target>/ and fix the bug. Prints the executions and speed on success.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" SEEDS "${SEEDS}")
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
get_filename_component(name "${FUZZER}" NAME)

set(seed 1)
set(corpus "${WORK}/corpus")
file(REMOVE_RECURSE "${corpus}")
if(DEFINED ENV{IIA_FUZZ_SECONDS} AND NOT "$ENV{IIA_FUZZ_SECONDS}" STREQUAL "")
    set(SECONDS "$ENV{IIA_FUZZ_SECONDS}")
    set(seed 0)
    set(corpus "${KEEP}")
endif()
file(MAKE_DIRECTORY "${WORK}" "${corpus}")
# Stack traces with function names and lines (Debian installs the symbolizer under a versioned name).
if(NOT DEFINED ENV{ASAN_SYMBOLIZER_PATH})
    find_program(symbolizer NAMES llvm-symbolizer llvm-symbolizer-19)
    if(symbolizer)
        set(ENV{ASAN_SYMBOLIZER_PATH} "${symbolizer}")
    endif()
endif()

file(GLOB regressions "${REGRESSIONS}/*")
list(FILTER regressions EXCLUDE REGEX "/README[^/]*$")
if(regressions)
    list(LENGTH regressions count)
    execute_process(COMMAND "${FUZZER}" -timeout=30 ${regressions}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0)
        message("${out}")
        message(FATAL_ERROR "${name}: a regression input fails again")
    endif()
    message(STATUS "${name}: ${count} regression input(s) pass")
    set(regression_corpus "${REGRESSIONS}")
endif()

set(existing_seeds)
foreach(dir IN LISTS SEEDS)
    if(IS_DIRECTORY "${dir}")
        list(APPEND existing_seeds "${dir}")
    endif()
endforeach()
execute_process(
    COMMAND "${FUZZER}" -seed=${seed} -max_total_time=${SECONDS} -timeout=30 -rss_limit_mb=4096
            -print_final_stats=1 -artifact_prefix=${WORK}/ ${OPTIONS} "${corpus}" ${regression_corpus} ${existing_seeds}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(WRITE "${WORK}/last-run.log" "${out}")
if(NOT result EQUAL 0)
    string(LENGTH "${out}" length)
    if(length GREATER 20000)
        math(EXPR start "${length} - 20000")
        string(SUBSTRING "${out}" ${start} -1 out)
    endif()
    message("${out}")
    message(FATAL_ERROR "${name} failed (exit ${result}); the input is saved in ${WORK}/ (whole log: "
                        "${WORK}/last-run.log). Copy it into tests/data/fuzz-regressions/${name}/ and fix the bug.")
endif()
string(REGEX MATCH "stat::number_of_executed_units: +[0-9]+" runs "${out}")
string(REGEX MATCH "stat::average_exec_per_sec: +[0-9]+" speed "${out}")
string(REGEX MATCH "cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*" coverage "${out}")
string(REGEX REPLACE ".*: +" "" runs "${runs}")
string(REGEX REPLACE ".*: +" "" speed "${speed}")
message(STATUS "${name}: ${runs} executions in ${SECONDS} s (${speed}/s), seed ${seed}; last: ${coverage}")
