# Linux desktop integration and the Debian package (included by
# packaging/CMakeLists.txt). Everything is named by the app id, which is also
# QGuiApplication::desktopFileName(), so the window finds its menu entry and icon.
set(paylink_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)

install(FILES ${paylink_linux}/${PAYLINK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${paylink_linux}/${PAYLINK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${paylink_linux}/icons/hicolor
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

# Debian wants man pages and the changelog compressed with gzip -9n (no name
# or time stamp, so the package is reproducible).
set(paylink_gz_dir ${CMAKE_CURRENT_BINARY_DIR}/gz)
set(paylink_gz_files)
foreach(pair "paylink.1;man1/paylink.1.gz" "paylink-desk.1;man1/paylink-desk.1.gz"
        "changelog;doc/changelog.gz")
    list(GET pair 0 source)
    list(GET pair 1 target)
    get_filename_component(target_dir ${paylink_gz_dir}/${target} DIRECTORY)
    add_custom_command(OUTPUT ${paylink_gz_dir}/${target}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${target_dir}
        COMMAND gzip -9n -c ${paylink_linux}/${source} > ${paylink_gz_dir}/${target}
        DEPENDS ${paylink_linux}/${source}
        COMMENT "Compressing ${source}"
        VERBATIM)
    list(APPEND paylink_gz_files ${paylink_gz_dir}/${target})
endforeach()
add_custom_target(paylink_compressed_docs ALL DEPENDS ${paylink_gz_files})
install(FILES ${paylink_gz_dir}/man1/paylink.1.gz ${paylink_gz_dir}/man1/paylink-desk.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${paylink_gz_dir}/doc/changelog.gz ${paylink_linux}/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/paylink-desk)

# The Debian package. Version from project(); libraries found by
# dpkg-shlibdeps, plus what it cannot see because Qt and QtKeychain load it
# at run time: the SQLite driver, the platform plugins, libsecret and Qt's
# own translations. The SVG, TLS and print-support plugins ship in
# libqt6svg6, libqt6network6 and libqt6printsupport6, which the programs link
# (so shlibdeps lists them).
set(CPACK_DEBIAN_PACKAGE_NAME "paylink-desk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Paylink Desk developers <dev@paylinkdesk.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libsecret-1-0, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY (project()'s description).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Paylink Desk keeps the payment links a merchant hands out in one table, with
a live QR code beside each: Bitrix24 Sales Center links fetched through the
portal's REST API (one, or hundreds in paced batches), and PayByLink links
signed locally, one at a time or hundreds of thousands from a CSV file.
QR invoices print one to a page or as labels, to PDF or a printer.
Passwords, webhooks and tokens are kept in the desktop's keychain.
.
The package also holds paylink, a command-line tool for scripts and bulk
jobs over the same payments database.")
