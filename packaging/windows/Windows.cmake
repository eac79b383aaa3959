# Windows installer (included by packaging/CMakeLists.txt on Windows hosts
# only; not exercised by this project's CI, which runs on Debian).
# Build on Windows with Qt 6.4+ (MSVC), OpenSSL 3 and the other libraries of
# DESIGN.md available to CMake, then:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPAYLINK_BUILD_TESTS=OFF
#   cmake --build build --config Release
#   cd build && cpack -G NSIS     (or -G WIX)

# Qt's deploy script copies the Qt libraries and plugins next to the
# programs at install time (windeployqt underneath). Qt 6.4 names the
# generated script through FILENAME_VARIABLE.
qt_generate_deploy_app_script(TARGET paylink-desk
    FILENAME_VARIABLE paylink_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${paylink_deploy_script})

# Qt's TLS backend loads OpenSSL at run time, so its DLLs ship beside the
# programs; OPENSSL_ROOT_DIR points at the installation found by CMake.
find_file(paylink_libssl NAMES libssl-3-x64.dll HINTS ${OPENSSL_ROOT_DIR} PATH_SUFFIXES bin)
find_file(paylink_libcrypto NAMES libcrypto-3-x64.dll HINTS ${OPENSSL_ROOT_DIR} PATH_SUFFIXES bin)
if(NOT paylink_libssl OR NOT paylink_libcrypto)
    message(FATAL_ERROR "OpenSSL 3 DLLs not found; set OPENSSL_ROOT_DIR")
endif()
install(FILES ${paylink_libssl} ${paylink_libcrypto} DESTINATION ${CMAKE_INSTALL_BINDIR})

# A version resource for both programs (Explorer's Details tab, installers).
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.rc.in ${CMAKE_CURRENT_BINARY_DIR}/version.rc @ONLY)
target_sources(paylink-desk PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/version.rc)
target_sources(paylink PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/version.rc)

set(CPACK_PACKAGE_EXECUTABLES "paylink-desk;Paylink Desk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "PaylinkDesk")
# NSIS: the uninstaller of an older version runs first.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_DISPLAY_NAME "Paylink Desk")
set(CPACK_NSIS_PACKAGE_NAME "Paylink Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\paylink-desk.exe")
# WiX: this GUID never changes, so every later version upgrades in place.
set(CPACK_WIX_UPGRADE_GUID "6F1C2B8E-4D7A-4E39-9B52-3C0A7E1D5F84")
set(CPACK_WIX_PRODUCT_NAME "Paylink Desk")
