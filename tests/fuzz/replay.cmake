# Included from tests/CMakeLists.txt: the seed corpora of the unpack and header fuzz targets replayed
# with a plain main (replay_main.cpp) in every build, gcc included, no libFuzzer. Label fast.
# (The signature targets' corpora are replayed by tests/unit/signature/fuzz_corpus_test.cpp.)
if(NOT KC_BUILD_FUZZ)  # a fuzz build instruments the libraries; it runs the seeds through libFuzzer itself
  foreach(target unpack entry_name)
    add_executable(${target}_replay ${CMAKE_CURRENT_LIST_DIR}/${target}_fuzz.cpp ${CMAKE_CURRENT_LIST_DIR}/replay_main.cpp)
    target_link_libraries(${target}_replay PRIVATE kc_unpack)
    set_target_properties(${target}_replay PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz-replay)
    add_test(NAME fuzz_replay.${target}
             COMMAND ${target}_replay ${CMAKE_CURRENT_LIST_DIR}/corpus/${target} ${CMAKE_CURRENT_LIST_DIR}/corpus/${target}.expected)
    set_tests_properties(fuzz_replay.${target} PROPERTIES LABELS "fast" TIMEOUT 300)
  endforeach()
  # the header parser's seeds (tests/fuzz/header_fuzz.cpp)
  add_executable(header_replay ${CMAKE_CURRENT_LIST_DIR}/header_fuzz.cpp ${CMAKE_CURRENT_LIST_DIR}/replay_main.cpp)
  target_link_libraries(header_replay PRIVATE kc_understand)
  set_target_properties(header_replay PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz-replay)
  add_test(NAME fuzz_replay.header
           COMMAND header_replay ${CMAKE_CURRENT_LIST_DIR}/corpus/header ${CMAKE_CURRENT_LIST_DIR}/corpus/header.expected)
  set_tests_properties(fuzz_replay.header PROPERTIES LABELS "fast" TIMEOUT 300)
endif()
