# Layering checks run at configure time.
#
# ktc_forbid_link(<lib> TARGETS <t>...) walks the whole link closure of each target
# (LINK_LIBRARIES and INTERFACE_LINK_LIBRARIES, recursively) and stops the configure
# step with an error when <lib> is reached. It is how the build proves that nothing
# under src/ links Qt Widgets.

function(_ktc_link_closure target out_var)
  set(seen "")
  set(queue "${target}")
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${current}")
    if(NOT TARGET "${current}")
      continue()
    endif()
    get_target_property(aliased "${current}" ALIASED_TARGET)
    if(aliased)
      list(APPEND queue "${aliased}")
    endif()
    set(deps "")
    get_target_property(type "${current}" TYPE)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
      get_target_property(direct "${current}" LINK_LIBRARIES)
      if(direct)
        list(APPEND deps ${direct})
      endif()
    endif()
    get_target_property(iface "${current}" INTERFACE_LINK_LIBRARIES)
    if(iface)
      list(APPEND deps ${iface})
    endif()
    foreach(dep IN LISTS deps)
      # Strip generator expressions such as $<LINK_ONLY:Qt6::Widgets>.
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
      string(REGEX REPLACE "^\\$<BUILD_INTERFACE:(.*)>$" "\\1" dep "${dep}")
      if(dep MATCHES "^\\$<")
        continue()
      endif()
      list(APPEND queue "${dep}")
    endforeach()
  endwhile()
  set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

function(ktc_forbid_link forbidden)
  cmake_parse_arguments(ARG "" "" "TARGETS" ${ARGN})
  set(forbidden_names "${forbidden}")
  if(TARGET "${forbidden}")
    get_target_property(real "${forbidden}" ALIASED_TARGET)
    if(real)
      list(APPEND forbidden_names "${real}")
    endif()
  endif()
  foreach(t IN LISTS ARG_TARGETS)
    if(NOT TARGET "${t}")
      message(FATAL_ERROR "ktc_forbid_link: no target named ${t}")
    endif()
    _ktc_link_closure("${t}" closure)
    foreach(name IN LISTS forbidden_names)
      if(name IN_LIST closure)
        message(FATAL_ERROR "Layering violation: ${t} links ${forbidden}. "
                            "Nothing under src/ may depend on Qt Widgets.")
      endif()
    endforeach()
  endforeach()
endfunction()

# Precompiled headers: parsing Qt's headers is most of the cost of a translation unit here, so
# every target gets the ones nearly all of its files include. KTC_PCH_CORE suits any target,
# KTC_PCH_WIDGETS those that link Qt Widgets.
set(KTC_PCH_CORE
  <QByteArray> <QDateTime> <QHash> <QList> <QMap> <QObject> <QPointer> <QSet> <QString>
  <QStringList> <QTimer> <QUrl> <QVariant> <functional> <memory> <optional>)
set(KTC_PCH_WIDGETS ${KTC_PCH_CORE}
  <QAction> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
  <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

# ktc_add_library(<name> [LINK <libs>...] [PRIVATE_LINK <libs>...] [PCH <headers>...])
# A static library from every .cpp/.h in the calling folder, with the compile policy.
function(ktc_add_library name)
  cmake_parse_arguments(ARG "" "" "LINK;PRIVATE_LINK;PCH" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
       "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
  list(FILTER sources EXCLUDE REGEX "/main\\.cpp$")
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src" "${PROJECT_SOURCE_DIR}")
  target_link_libraries(${name} PUBLIC ${ARG_LINK} PRIVATE ktc_policy ${ARG_PRIVATE_LINK})
  if(NOT ARG_PCH)
    set(ARG_PCH ${KTC_PCH_CORE})
  endif()
  target_precompile_headers(${name} PRIVATE ${ARG_PCH})
endfunction()
