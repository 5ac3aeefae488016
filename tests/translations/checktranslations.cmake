# cmake -DLUPDATE=… -DLCONVERT=… -DCHECKER=… -DQT_PROJECT=… -DGENERATOR=… -DTS_DIR=… -DWORK_DIR=…
#       -DLANGUAGES=fr,es,ar -DLUPDATE_OPTIONS=-no-obsolete,-locations,none -P checktranslations.cmake
#
# The test "translations-complete": brings copies of translations/iia_*.ts up to date with the sources exactly
# as the update_translations target does (the same lupdate project, made by Qt from the SOURCE_TARGETS, and the
# same options), then has iia_tscheck list every message still to translate. The files in the tree are never
# written. Fails naming each message (context and source text) and what is wrong with it.

foreach(var LUPDATE LCONVERT CHECKER QT_PROJECT GENERATOR TS_DIR WORK_DIR LANGUAGES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checktranslations.cmake: ${var} is not set")
    endif()
endforeach()

# The plural forms of each language, as Qt's numerus rules have them, and the forms that may name the number
# in words instead of %n. A language not listed has two forms (one, other), both with %n. Arabic has six
# (zero, one, two, few, many, other); its "one" and "two" forms say the number with the noun's singular and
# dual, and its "zero" form says "no …" ("لا خصائص", no properties), so those three may leave %n out.
set(forms_ar 6)
set(n_optional_ar 0,1,2)

if(NOT EXISTS "${QT_PROJECT}")
    message(FATAL_ERROR "The lupdate project ${QT_PROJECT} is missing. qt_add_translations writes it when "
                        "CMake generates the build; if this Qt writes it elsewhere, update IIA_LUPDATE_PROJECT "
                        "in translations/CMakeLists.txt.")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
string(REPLACE "," ";" languages "${LANGUAGES}")
set(copies "")
foreach(language IN LISTS languages)
    file(COPY_FILE "${TS_DIR}/iia_${language}.ts" "${WORK_DIR}/iia_${language}.ts")
    list(APPEND copies "${WORK_DIR}/iia_${language}.ts")
endforeach()
# The English plural forms: lupdate fills a copy with every message, lconvert keeps the plural ones, as the
# update target does with PLURALS_TS_FILE.
file(COPY_FILE "${TS_DIR}/iia_en.ts" "${WORK_DIR}/iia_en.all.ts")
list(APPEND copies "${WORK_DIR}/iia_en.all.ts")

# Qt's project for the update target, pointed at the copies.
file(WRITE "${WORK_DIR}/project.cmake"
     "include(\"${QT_PROJECT}\")\nset(lupdate_translations \"${copies}\")\n")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${WORK_DIR}/project.cmake" "-DOUT_FILE=${WORK_DIR}/project.json"
            -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Making the lupdate project failed (${result}).")
endif()

string(REPLACE "," ";" options "${LUPDATE_OPTIONS}")
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${options}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}).")
endif()
execute_process(
    COMMAND "${LCONVERT}" -pluralonly -i "${WORK_DIR}/iia_en.all.ts" -o "${WORK_DIR}/iia_en.ts"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lconvert failed (${result}):\n${output}")
endif()

set(failed "")
foreach(language IN LISTS languages ITEMS en)
    set(forms 2)
    if(DEFINED forms_${language})
        set(forms ${forms_${language}})
    endif()
    set(args --forms ${forms} --original "${TS_DIR}/iia_${language}.ts")
    if(DEFINED n_optional_${language})
        list(APPEND args --n-optional ${n_optional_${language}})
    endif()
    execute_process(COMMAND "${CHECKER}" ${args} "${WORK_DIR}/iia_${language}.ts"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message("${output}")
    if(NOT result EQUAL 0)
        list(APPEND failed iia_${language}.ts)
    endif()
endforeach()

if(failed)
    list(JOIN failed ", " failed)
    message(FATAL_ERROR
        "Translations incomplete: ${failed}. Bring the files up to date with "
        "`cmake --build <build dir> --target update_translations`, then translate the messages listed above in "
        "Qt Linguist (linguist translations/iia_fr.ts …; the English plural forms are in translations/iia_en.ts).")
endif()
