# SPDX-License-Identifier: GPL-3.0-or-later
# One place that decides how every Gatehouse target and test is built.

# ccache, when present, with the sloppiness precompiled headers need.
find_program(GH_CCACHE ccache)
if(GH_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        ${GH_CCACHE})
endif()

# gold links the ~85 test executables against the static libraries in a third of ld.bfd's time (binutils has it).
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=gold GH_HAVE_GOLD)
if(GH_HAVE_GOLD)
    add_link_options(-fuse-ld=gold)
endif()

set(GH_WARNINGS -Wall -Wextra -Wno-unused-parameter -Wnon-virtual-dtor -Woverloaded-virtual)

# Product code converts no strings implicitly; tests may (string tables read better).
function(gh_target_defaults target)
    cmake_parse_arguments(D "TEST" "" "" ${ARGN})
    target_compile_options(${target} PRIVATE ${GH_WARNINGS})
    target_compile_definitions(${target} PRIVATE QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_STRICT_ITERATORS)
    if(NOT D_TEST)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING)
    elseif(CMAKE_BUILD_TYPE STREQUAL "Release")
        # Test code (not the libraries it tests) at -O1: a sixth quicker to compile, and nothing in it is hot.
        target_compile_options(${target} PRIVATE -O1)
    endif()
endfunction()

# AddressSanitizer + UndefinedBehaviorSanitizer for every target of the build, tests included (scripts/
# test-sanitizers.sh). Undefined behaviour stops the program, so a test that hits it fails.
if(GATEHOUSE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

function(gh_find_http_parser)
    find_path(HTTP_PARSER_INCLUDE_DIR http_parser.h REQUIRED)
    find_library(HTTP_PARSER_LIBRARY NAMES http_parser REQUIRED)
    add_library(gh_http_parser INTERFACE)
    target_include_directories(gh_http_parser SYSTEM INTERFACE ${HTTP_PARSER_INCLUDE_DIR})
    target_link_libraries(gh_http_parser INTERFACE ${HTTP_PARSER_LIBRARY})
    add_library(Gatehouse::HttpParser ALIAS gh_http_parser)
endfunction()

function(gh_find_qscintilla)
    find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6 REQUIRED)
    find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h
        PATHS /usr/include/x86_64-linux-gnu/qt6 /usr/include/qt6 PATH_SUFFIXES qt6 REQUIRED)
    add_library(gh_qscintilla INTERFACE)
    target_include_directories(gh_qscintilla SYSTEM INTERFACE ${QSCINTILLA_INCLUDE_DIR})
    target_link_libraries(gh_qscintilla INTERFACE ${QSCINTILLA_LIBRARY} Qt6::Widgets)
    add_library(Gatehouse::QScintilla ALIAS gh_qscintilla)
endfunction()

# gh_add_test(tst_x SOURCES a.cpp LIBS lib... LABELS unit [TIMEOUT seconds] [GUI])
# Every test is a Qt Test executable, run headless with a hermetic environment. Sources are relative to the
# calling CMakeLists.txt. All tests build in one binary directory so they share one precompiled header.
function(gh_add_test name)
    cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    set(sources)
    foreach(src IN LISTS T_SOURCES)
        if(NOT IS_ABSOLUTE "${src}")
            set(src "${CMAKE_CURRENT_LIST_DIR}/${src}")
        endif()
        list(APPEND sources "${src}")
    endforeach()
    # A test declares its QObject classes in its own .cpp and includes "<source>.moc". moc runs on that file alone,
    # without the target's include paths: AUTOMOC would have moc read the ~650 headers the file includes (about 2 s
    # per test) and compile an empty mocs_compilation.cpp against the precompiled header, for the same output.
    set(mocdir "${CMAKE_CURRENT_BINARY_DIR}/${name}_moc")
    set(mocs)
    foreach(src IN LISTS sources)
        file(STRINGS "${src}" declaresQObject REGEX "Q_OBJECT" LIMIT_COUNT 1)
        if(declaresQObject)
            get_filename_component(base "${src}" NAME_WE)
            add_custom_command(OUTPUT "${mocdir}/${base}.moc"
                COMMAND Qt6::moc "${src}" -o "${mocdir}/${base}.moc"
                DEPENDS "${src}" Qt6::moc
                COMMENT "moc ${base}.cpp"
                VERBATIM)
            list(APPEND mocs "${mocdir}/${base}.moc")
        else()
            # Gaining a Q_OBJECT later must re-run this check.
            set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${src}")
        endif()
    endforeach()
    add_executable(${name} ${sources} ${mocs})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF)
    target_include_directories(${name} PRIVATE "${mocdir}")
    gh_target_defaults(${name} TEST)
    if(T_GUI)
        # Widget tests define QT_GUI_LIB and friends, so they share a header precompiled with them.
        target_link_libraries(${name} PRIVATE gh_test_gui_pch Qt6::Test ${T_LIBS})
        target_precompile_headers(${name} REUSE_FROM gh_test_gui_pch)
    else()
        target_link_libraries(${name} PRIVATE gh_test_pch Qt6::Test ${T_LIBS})
        target_precompile_headers(${name} REUSE_FROM gh_test_pch)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=qt.qpa.*=false" "LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
