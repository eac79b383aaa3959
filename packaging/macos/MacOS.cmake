# macOS disk image (included by packaging/CMakeLists.txt on macOS hosts only;
# not exercised by this project's CI, which runs on Debian).
# Build on macOS with Qt 6.4+ and the libraries of DESIGN.md (Homebrew), then:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPAYLINK_BUILD_TESTS=OFF
#   cmake --build build
#   cd build && cpack -G DragNDrop
set_target_properties(paylink-desk PROPERTIES
    OUTPUT_NAME "Paylink Desk"
    MACOSX_BUNDLE_BUNDLE_NAME "Paylink Desk"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${PAYLINK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 Paylink Desk developers")

# Qt's deploy script (macdeployqt underneath) puts the frameworks and
# plugins into the bundle at install time.
qt_generate_deploy_app_script(TARGET paylink-desk
    FILENAME_VARIABLE paylink_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${paylink_deploy_script})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Paylink Desk")
