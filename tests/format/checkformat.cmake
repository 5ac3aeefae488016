# cmake -DCLANG_FORMAT=… -DSOURCE_DIR=… -P checkformat.cmake
# Fails listing the files that differ from what clang-format makes of them. Fix with:
#   ./dev shell sh -c 'clang-format -i $(git ls-files "*.cpp" "*.h")'
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "These files are not formatted (run clang-format -i on them):\n${output}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted correctly")
